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

a = f"{len(y):d} items"
b = f"{int(z):d}"
c = f"{str(w)!s}"
d = f"{float(v):.2f}"
e = f"{repr(u)!s}"
f = f"{abs(t):d}"
g = f"{round(s):d}"
h = f"{hash(r):d}"
i = f"{id(q):d}"
