# pyfix: --import-style=ruff

# Imports: Ruff's block starts at its first import, so these lines stay on top
import os

# above sys
import sys

# above y
import y
import z


def f():
    import collections
    import termios
    # Ruff leaves the lines after a nested block as they are
    termios.tcgetattr


def g():
    import a
    import b
    a.b = b
