# pyfix: --unsafe-fixes
def f(a=None):
    if a is None:
        a = [[]]
    for inner in a:
        inner.append(1)
