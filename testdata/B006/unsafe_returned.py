# pyfix: --unsafe-fixes
def f(a=[]):
    return a
