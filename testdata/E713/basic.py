def f(x, y, z):
    if not x in y:
        pass
    a = not x.attr in [1, 2]
    b = not x in y and z
    return not   x in y, a, b
