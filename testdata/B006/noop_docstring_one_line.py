def f(a=[]):
    """Count the items."""
    return len(a)
