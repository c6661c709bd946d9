import typing
from typing import overload


@overload
def f(x: list = []) -> int: ...


@typing.overload
def f(x: str = "") -> str: ...


def f(x=None):
    return x
