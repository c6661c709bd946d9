def f(x=None):
    if x is None:
        x = [0]
    [*x[:0]] = [9]
    return len(x)
