def f(a=None):
    if a is None:
        a = []
    return len(a)
