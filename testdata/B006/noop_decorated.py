import functools


@functools.lru_cache(maxsize=None)
@staticmethod
def f(a=()):
    return a


@functools.wraps(f)
def g(a=[]):
    return len(a)
