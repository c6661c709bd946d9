def f(x, y, z):
    a = not x in y in z
    c = x not in y
    d = not x == y
    e = (not  # keep
         x in y)
    g = not x in y  # noqa: E713
    h = not (x, y in z)
    i = not (x
             in y)
    return a, c, d, e, g, h, i
