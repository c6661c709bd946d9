a = 1 == None
b = None != "text"
c = (1, -2.5) == None
d = b"x" b"y" == None
