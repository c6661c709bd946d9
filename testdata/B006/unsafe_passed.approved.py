# pyfix: --unsafe-fixes
def f(a=None):
    if a is None:
        a = []
    helper(a)


def helper(x):
    x.append(1)
