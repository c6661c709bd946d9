import os
from typing import Optional


def f(paths: Optional[list] = None):
    if paths is None:
        paths = []
    return [os.path.basename(p) for p in paths]
