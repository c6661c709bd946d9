# pyfix: --stub --import-style=isort --import-option=profile="attrs"
import os
import sys


def f() -> os.PathLike[str]: ...
