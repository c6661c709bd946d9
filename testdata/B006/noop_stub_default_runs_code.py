import os

LOG = []


def f(x=[print("default evaluated")]): ...


def g(x=[open(os.devnull)]):
    """Doc."""
    ...


def h(x=[LOG.append(1)], y={(seen := 1): 2}): ...
