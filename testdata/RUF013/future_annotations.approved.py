from __future__ import annotations

from pathlib import Path
from typing import Optional


def read(path: Optional[Path] = None, size: Optional[int] = None):
    return path, size
