def f(a=None):  # a trailing comment
    if a is None:
        a = []
    # a comment above the first statement
    return len(a)
