import typing


def f(a: typing.Optional[int] = None, b: typing.Optional[typing.Sequence[str]] = None):
    return a, b
