def f(a=None, b=None, c=None):
    if a is None:
        a = []
    if b is None:
        b = []
    if c is None:
        c = []
    b.append(1)
    return len(a) + len(b) + len(c)
