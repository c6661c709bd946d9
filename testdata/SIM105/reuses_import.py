# pyfix: --unsafe-fixes
import contextlib as cl
from contextlib import suppress


def f(d):
    try:
        d.pop("a")
    except KeyError:
        pass
