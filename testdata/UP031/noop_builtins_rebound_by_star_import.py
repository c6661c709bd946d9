from helpers import *

a = "%d items" % len(y)
b = "%d" % int(z)
c = "%s" % str(w)
d = "%.2f" % float(v)
e = "%s" % repr(u)
f = "%d" % abs(t)
g = "%d" % round(s)
h = "%d" % hash(r)
i = "%d" % id(q)
