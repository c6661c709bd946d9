def f(x, y, z):
    a = x not in y
    b = x not in y and y not in z
    c = [x.attr not in y[0] for x in z]
    return a, b, c
