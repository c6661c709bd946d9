# pyfix: --unsafe-fixes
import contextlib

with contextlib.suppress(ValueError):
    x = int("1")
