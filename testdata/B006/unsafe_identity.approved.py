# pyfix: --unsafe-fixes
SENTINEL = []


def f(a=None):
    if a is None:
        a = []
    return a is SENTINEL
