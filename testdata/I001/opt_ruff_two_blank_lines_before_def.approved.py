# pyfix: --import-style=ruff

import os
import sys


# c
def f():
    pass
