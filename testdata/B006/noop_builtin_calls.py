def a(x=list()):
    return len(x)


def b(x=dict()):
    return len(x)


def c(x=set()):
    return len(x)


def d(x=bytearray(4)):
    return x[0]
