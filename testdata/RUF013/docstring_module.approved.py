"""A module with a docstring and no imports."""

from typing import Optional

VALUE = 1


def f(a: Optional[int] = None):
    return a
