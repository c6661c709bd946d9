# pyfix: --unsafe-fixes
def f(a=None):
    if a is None:
        a = []
    a = list(a)
    a.append(1)
    return a
