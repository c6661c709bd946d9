# pyfix: --stub --import-style=isort --import-option=lines_after_imports=2
import os
import sys

def f() -> os.PathLike[str]: ...
