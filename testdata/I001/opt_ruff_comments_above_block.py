# pyfix: --import-style=ruff

# Imports: Ruff's block starts at its first import, so these lines stay on top
import z
import os
# above y
import y
# above sys
import sys


def f():
    import termios
    import collections
    # Ruff leaves the lines after a nested block as they are
    termios.tcgetattr


def g():
    import b
    import a
    a.b = b
