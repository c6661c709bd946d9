# pyfix: --stub --import-style=isort --import-option=profile="attrs"
import sys
import os

def f() -> os.PathLike[str]: ...
