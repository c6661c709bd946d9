# pyfix: --unsafe-fixes
a = x < y == None
b = x == None != y
c = not x == None
