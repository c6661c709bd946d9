def f(a=None):
    """Count the items.

    More words.
    """
    if a is None:
        a = []
    # a comment after the docstring
    return len(a)
