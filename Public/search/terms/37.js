parleySearch.add("terms","7",{"700":"DVbhU","78":"DVchU"});
