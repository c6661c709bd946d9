"""A module with a docstring and no imports."""

VALUE = 1


def f(a: int = None):
    return a
