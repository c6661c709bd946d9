# pyfix: --max-module-lines=3
"""A module docstring does not count."""

import os

# comments and blank lines do not count


def f():
    """Nor does a function's docstring."""
    return os.sep


X = 1
Y = 2
