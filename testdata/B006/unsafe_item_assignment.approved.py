# pyfix: --unsafe-fixes
def f(a=None):
    if a is None:
        a = {}
    a["key"] = 1
