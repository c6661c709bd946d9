import typing as t
from typing import Optional as Opt


def f(a: int = None, b: bytes = None) -> Opt[int]:
    return a


def g(c: t.List[int] = None):
    return c
