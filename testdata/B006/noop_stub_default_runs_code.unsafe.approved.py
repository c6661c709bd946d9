import os

LOG = []


def f(x=None): ...


def g(x=None):
    """Doc."""
    ...


def h(x=None, y={(seen := 1): 2}): ...
