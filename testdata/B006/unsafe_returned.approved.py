# pyfix: --unsafe-fixes
def f(a=None):
    if a is None:
        a = []
    return a
