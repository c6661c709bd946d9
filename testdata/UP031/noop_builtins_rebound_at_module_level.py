from fractions import Fraction


def len(x):
    return 2.5


int = float
str = tuple
float = Fraction
repr = tuple
abs = float
round = float
hash = float
id = float

a = "%d items" % len(y)
b = "%d" % int(z)
c = "%s" % str(w)
d = "%.2f" % float(v)
e = "%s" % repr(u)
f = "%d" % abs(t)
g = "%d" % round(s)
h = "%d" % hash(r)
i = "%d" % id(q)
