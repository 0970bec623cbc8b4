parleySearch.add("terms","j",{"januari":"ChKZa","job":"CU","joint":"CUBXBNBVCWFPQP","juli":"BODMSOEOBODOBOBO","june":"CU","just":"DZ"});
