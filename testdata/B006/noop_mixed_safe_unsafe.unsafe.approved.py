def f(a=None, b=None):
    if a is None:
        a = []
    if b is None:
        b = {}
    a.append(1)
    return len(a) + len(b)
