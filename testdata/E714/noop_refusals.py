def f(x, y, z):
    a = not x is y is z
    b = not (x is y)
    c = x is not y
    d = not x in y
    e = (not  # keep
         x is y)
    g = not x is y  # noqa: E714
    return a, b, c, d, e, g
