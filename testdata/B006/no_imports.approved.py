"""A module."""

from typing import Optional


def f(a: Optional[list] = None):
    if a is None:
        a = []
    return len(a)
