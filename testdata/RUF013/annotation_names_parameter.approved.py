from __future__ import annotations
from typing import Optional


def get(obj, type: type = None):
    return obj, type


def put(obj, kind: Optional[type] = None):
    return obj, kind
