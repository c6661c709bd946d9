import typing as t
from typing import Optional as Opt


def f(a: Opt[int] = None, b: Opt[bytes] = None) -> Opt[int]:
    return a


def g(c: Opt[t.List[int]] = None):
    return c
