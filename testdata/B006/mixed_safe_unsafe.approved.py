def f(a=[], b=None):
    if b is None:
        b = {}
    a.append(1)
    return len(a) + len(b)
