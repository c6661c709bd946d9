def f(a=None):
    """Count the items."""
    if a is None:
        a = []
    return len(a)
