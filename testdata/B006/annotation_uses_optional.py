# pyfix: --target-version=py311
from typing import Optional


def g(x: Optional[int] = None):
    return x


def f(a: list = []):
    return len(a)
