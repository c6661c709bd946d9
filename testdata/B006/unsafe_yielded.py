# pyfix: --unsafe-fixes
def f(a=[]):
    yield a
