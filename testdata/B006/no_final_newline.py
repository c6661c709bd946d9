def f(a=[]):
    """Doc."""