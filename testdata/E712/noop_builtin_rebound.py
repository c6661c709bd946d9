def isinstance(a, b):
    return a


if isinstance(x, int) == True:
    pass
