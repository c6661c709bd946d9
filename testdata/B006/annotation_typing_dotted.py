import typing


def g(x: typing.Optional[int] = None):
    return x


def f(a: typing.List[int] = []):
    return len(a)
