# pyfix: --unsafe-fixes
def f(a={}):
    del a["key"]
