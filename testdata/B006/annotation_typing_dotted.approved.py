import typing


def g(x: typing.Optional[int] = None):
    return x


def f(a: typing.Optional[typing.List[int]] = None):
    if a is None:
        a = []
    return len(a)
