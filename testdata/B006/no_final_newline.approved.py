def f(a=None):
    """Doc."""
    if a is None:
        a = []
