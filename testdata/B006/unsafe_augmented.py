# pyfix: --unsafe-fixes
def f(a=[]):
    a += [1]
