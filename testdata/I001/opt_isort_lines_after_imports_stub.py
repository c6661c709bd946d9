# pyfix: --stub --import-style=isort --import-option=lines_after_imports=2
import sys
import os


def f() -> os.PathLike[str]: ...
