# pyfix: --unsafe-fixes
def f(a=[]):
    a = list(a)
    a.append(1)
    return a
