parleySearch.add("terms","q",{"qualit":"DZ","qualiti":"FhB","question":"Bf"});
