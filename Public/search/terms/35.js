parleySearch.add("terms","5",{"5":"EXThU"});
