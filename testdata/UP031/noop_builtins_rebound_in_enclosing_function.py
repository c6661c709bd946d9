def outer():
    len = int = str = float = repr = abs = round = hash = id = lambda x: (2.5,)

    def inner(y):
        a = "%d items" % len(y)
        b = "%d" % int(y)
        c = "%s" % str(y)
        d = "%.2f" % float(y)
        e = "%s" % repr(y)
        f = "%d" % abs(y)
        g = "%d" % round(y)
        h = "%d" % hash(y)
        i = "%d" % id(y)
        return a, b, c, d, e, f, g, h, i

    return inner
