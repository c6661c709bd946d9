def f(a=None, b=1, c=None, *, d=None):
    """Doc."""
    if a is None:
        a = []
    if c is None:
        c = {}
    if d is None:
        d = set()
    return len(a) + b + len(c) + len(d)
