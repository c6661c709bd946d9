import datetime
from typing import Optional


def greet(name: Optional[str] = None, times: Optional[int] = None, *, when: Optional[datetime.datetime] = None):
    return name, times, when


def totals(values: Optional[list[int]] = None, by: Optional[dict] = None, /, scale: Optional[float] = None):
    return values, by, scale
