# pyfix: --unsafe-fixes
import contextlib


def f(d):
    try:
        value = d["a"]
    except KeyError:
        pass
    try: d.clear()
    except AttributeError: pass
