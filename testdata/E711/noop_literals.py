a = 1 == None
b = None != "text"
c = (1, -2.5) == None
d = b"x" b"y" == None
e = 1 == None != y
f = 0 == None
