parleySearch.add("interviews","",{"interviews":[["norov-2020",0]],"firsts":{"topic":8,"figure":20}});
