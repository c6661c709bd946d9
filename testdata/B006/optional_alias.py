# pyfix: --target-version=py38
from typing import Optional as Opt


def f(a: list = []):
    return len(a)
