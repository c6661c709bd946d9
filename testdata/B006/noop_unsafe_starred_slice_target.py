def f(x=[0]):
    [*x[:0]] = [9]
    return len(x)
