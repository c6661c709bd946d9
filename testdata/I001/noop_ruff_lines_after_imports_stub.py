# pyfix: --stub --import-style=ruff --import-option=lines-after-imports=2
import os
import sys

x: int
