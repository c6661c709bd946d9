# pyfix: --unsafe-fixes
import os


def remove(path, cache, key):
    try:
        os.remove(path)
    except OSError:
        pass
    try:
        del cache[key]
    except (KeyError, IndexError):
        ...


try:
    import readline
except ImportError:
    pass
