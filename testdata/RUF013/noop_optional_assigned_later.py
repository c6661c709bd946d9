def f(a: int = None):
    return a


Optional = 5
