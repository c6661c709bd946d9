# pyfix: --unsafe-fixes
import os
import contextlib


def remove(path, cache, key):
    with contextlib.suppress(OSError):
        os.remove(path)
    with contextlib.suppress(KeyError, IndexError):
        del cache[key]


with contextlib.suppress(ImportError):
    import readline
