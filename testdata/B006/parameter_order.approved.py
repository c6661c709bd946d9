def f(a=None, b=[], c=None):
    if a is None:
        a = []
    if c is None:
        c = []
    b.append(1)
    return len(a) + len(b) + len(c)
