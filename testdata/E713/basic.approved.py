def f(x, y, z):
    if x not in y:
        pass
    a = x.attr not in [1, 2]
    b = x not in y and z
    return x not in y, a, b
