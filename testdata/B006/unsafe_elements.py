# pyfix: --unsafe-fixes
def f(a=[[]]):
    for inner in a:
        inner.append(1)
