# pyfix: --unsafe-fixes
import contextlib as cl
from contextlib import suppress


def f(d):
    with suppress(KeyError):
        d.pop("a")
