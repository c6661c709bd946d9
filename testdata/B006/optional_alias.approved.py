# pyfix: --target-version=py38
from typing import Optional as Opt


def f(a: Opt[list] = None):
    if a is None:
        a = []
    return len(a)
