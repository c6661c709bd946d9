# pyfix: --unsafe-fixes
import contextlib


def f(d):
    with contextlib.suppress(KeyError):
        value = d["a"]
    with contextlib.suppress(AttributeError): d.clear()
