def g():
    return 1


def h(x):
    if x: return 2
    return 3
