def f(x, y, z):
    a = not (x is y)
    b = not ((x is y)) and not(y is z)
    c = [not (x.attr is y[0]) for x in z]
    return a, b, c
