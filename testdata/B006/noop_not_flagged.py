def f(a=(), b=frozenset(), c="", d=0, e=None, g=tuple(), h=make_list(), i=[].copy):
    return a, b, c, d, e, g, h, i
