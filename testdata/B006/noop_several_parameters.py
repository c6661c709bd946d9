def f(a=[], b=1, c={}, *, d=set()):
    """Doc."""
    return len(a) + b + len(c) + len(d)
