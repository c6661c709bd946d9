# pyfix: --stub --import-style=ruff --import-option=lines-after-imports=0
import os
import sys
x: int
