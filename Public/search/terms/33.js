parleySearch.add("terms","3",{"35":"EXUhU"});
