def outer():
    len = int = str = float = repr = abs = round = hash = id = lambda x: (2.5,)

    def inner(y):
        a = f"{len(y):d} items"
        b = f"{int(y):d}"
        c = f"{str(y)!s}"
        d = f"{float(y):.2f}"
        e = f"{repr(y)!s}"
        f = f"{abs(y):d}"
        g = f"{round(y):d}"
        h = f"{hash(y):d}"
        i = f"{id(y):d}"
        return a, b, c, d, e, f, g, h, i

    return inner
