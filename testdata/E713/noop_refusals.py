def f(x, y, z):
    a = not x in y in z
    b = not (x in y)
    c = x not in y
    d = not x == y
    e = (not  # keep
         x in y)
    g = not x in y  # noqa: E713
    return a, b, c, d, e, g
