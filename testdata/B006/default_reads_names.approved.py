# pyfix: --unsafe-fixes
import os

LIMITS = [1, 2]


def global_name(x=None):
    if x is None:
        x = list(LIMITS)
    return len(x)


def builtins_only(x=None, y=None):
    if x is None:
        x = [i * i for i in range(3)]
    if y is None:
        y = {int, str}
    return len(x) + len(y)


def module_attribute(parts=None):
    if parts is None:
        parts = [os.sep]
    return os.path.join(*parts) if parts else ""
