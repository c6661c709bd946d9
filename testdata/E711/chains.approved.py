# pyfix: --unsafe-fixes
a = x < y is None
b = x is None is not y
c = not x is None
