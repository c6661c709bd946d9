from string import Template as Optional


def f(a: int = None):
    return a, Optional
