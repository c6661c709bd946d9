# pyfix: --import-style=ruff

import sys
import os
# c
def f():
    pass
