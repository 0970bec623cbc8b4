parleySearch.add("terms","0",{"000":"DVXhU"});
