# pyfix: --unsafe-fixes
"""The docstring, with code after it on its line."""; x = 1

import contextlib


def f():
    with contextlib.suppress(ValueError):
        g()
