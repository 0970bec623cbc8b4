parleySearch.add("terms","1",{"1":"Cf","10":"DVZhU","100":"CQZhU","13":"HhC","15":"Ec","150":"FbYhU","18":"EXVhU","19":"BQBKBNDVBiDEhR"});
