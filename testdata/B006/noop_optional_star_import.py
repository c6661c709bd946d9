# pyfix: --target-version=py38
from string import *


def f(a: list = []):
    return len(a)
