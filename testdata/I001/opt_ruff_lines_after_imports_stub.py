# pyfix: --stub --import-style=ruff --import-option=lines-after-imports=2
import sys
import os


class A:
    path: os.PathLike[str]
