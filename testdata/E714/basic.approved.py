def f(x, y, z):
    if x is not y:
        pass
    a = x.attr is not None
    b = x is not y and z
    return x is not y, a, b
