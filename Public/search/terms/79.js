parleySearch.add("terms","y",{"year":"ChJBQBRESOOEOFOBO","yet":"HhC","yoga":"CU","young":"CU","youth":"CQLa"});
