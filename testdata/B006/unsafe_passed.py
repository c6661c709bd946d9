# pyfix: --unsafe-fixes
def f(a=[]):
    helper(a)


def helper(x):
    x.append(1)
