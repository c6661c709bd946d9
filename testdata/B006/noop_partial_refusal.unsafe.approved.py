def f(a=None, b=[]):
    if a is None:
        a = []
    if b is None:
        b = []
    return len(a) + len(b)
