def f(a=[]):
    """Count the items.

    More words.
    """
    # a comment after the docstring
    return len(a)
