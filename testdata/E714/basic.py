def f(x, y, z):
    if not x is y:
        pass
    a = not x.attr is None
    b = not x is y and z
    return not   x is y, a, b
