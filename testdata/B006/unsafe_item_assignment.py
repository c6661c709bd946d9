# pyfix: --unsafe-fixes
def f(a={}):
    a["key"] = 1
