# pyfix: --unsafe-fixes
SENTINEL = []


def f(a=[]):
    return a is SENTINEL
