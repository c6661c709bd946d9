# pyfix: --unsafe-fixes
import os

LIMITS = [1, 2]


def global_name(x=list(LIMITS)):
    return len(x)


def builtins_only(x=[i * i for i in range(3)], y={int, str}):
    return len(x) + len(y)


def module_attribute(parts=[os.sep]):
    return os.path.join(*parts) if parts else ""
