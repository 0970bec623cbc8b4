parleySearch.add("terms","4",{"4":"EXVhU","40":"EXUhU"});
