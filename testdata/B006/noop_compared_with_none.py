def f(x=[]):
    if x is None:
        x = []
    return x
