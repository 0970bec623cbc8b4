parleySearch.add("terms","6",{"6":"FbQhU"});
