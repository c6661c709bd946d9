def f(a=[], b=[]):
    if b is None:
        b = []
    return len(a) + len(b)
