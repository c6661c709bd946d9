# pyfix: --unsafe-fixes
def f(a=[], b=[]):
    def inner():
        return len(a)

    key = lambda: len(b)
    return inner() + key()
