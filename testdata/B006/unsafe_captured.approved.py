# pyfix: --unsafe-fixes
def f(a=None, b=None):
    if a is None:
        a = []
    if b is None:
        b = []
    def inner():
        return len(a)

    key = lambda: len(b)
    return inner() + key()
