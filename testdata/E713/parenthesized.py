def f(x, y, z):
    a = not (x in y)
    b = not ((x in y)) and not(y in z)
    c = [not (x.attr in y[0]) for x in z]
    return a, b, c
