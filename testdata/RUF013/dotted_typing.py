import typing


def f(a: int = None, b: typing.Sequence[str] = None):
    return a, b
