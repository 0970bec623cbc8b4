parleySearch.add("terms","k",{"kabul":"DZ","key":"Ec","khalid":"Bf","kyrgyz":"CU"});
