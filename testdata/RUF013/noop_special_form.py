from typing import Union


def f(a: Union = None):
    return a
