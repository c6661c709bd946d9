def f(x, y, z):
    a = x is not y
    b = x is not y and y is not z
    c = [x.attr is not y[0] for x in z]
    return a, b, c
