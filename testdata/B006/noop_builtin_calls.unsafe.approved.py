def a(x=None):
    if x is None:
        x = list()
    return len(x)


def b(x=None):
    if x is None:
        x = dict()
    return len(x)


def c(x=None):
    if x is None:
        x = set()
    return len(x)


def d(x=None):
    if x is None:
        x = bytearray(4)
    return x[0]
