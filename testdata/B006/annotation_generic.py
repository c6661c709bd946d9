"""Module docstring."""
from __future__ import annotations

from typing import Dict, List


def f(values: List[int] = [], options: Dict[str, int] = {}):
    return len(values) + len(options)
