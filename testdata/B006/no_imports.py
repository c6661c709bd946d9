"""A module."""


def f(a: list = []):
    return len(a)
