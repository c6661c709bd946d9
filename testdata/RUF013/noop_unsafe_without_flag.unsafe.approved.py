from pathlib import Path
from typing import Optional


def f(path: Optional[Path] = None):
    return path
