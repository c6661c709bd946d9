# pyfix: --unsafe-fixes
a = x < y is None
b = x is None != y
c = not x is None
