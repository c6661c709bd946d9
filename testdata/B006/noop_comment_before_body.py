def f(a=[]):  # a trailing comment
    # a comment above the first statement
    return len(a)
