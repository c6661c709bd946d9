"""Module docstring."""
from __future__ import annotations

from typing import Dict, List
from typing import Optional


def f(values: Optional[List[int]] = None, options: Optional[Dict[str, int]] = None):
    if values is None:
        values = []
    if options is None:
        options = {}
    return len(values) + len(options)
