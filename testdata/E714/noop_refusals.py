def f(x, y, z):
    a = not x is y is z
    c = x is not y
    d = not x in y
    e = (not  # keep
         x is y)
    g = not x is y  # noqa: E714
    h = not (x, y is z)
    i = not (x
             is y)
    return a, c, d, e, g, h, i
