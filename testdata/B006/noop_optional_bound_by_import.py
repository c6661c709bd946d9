# pyfix: --target-version=py38
from string import Template as Optional


def f(a: list = []):
    return len(a)
