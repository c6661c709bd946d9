# pyfix: --unsafe-fixes
def f(a=[]):
    a.append(1)
    return len(a)
