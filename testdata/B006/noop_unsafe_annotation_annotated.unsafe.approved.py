# pyfix: --target-version=py310
from typing import Annotated


def read(q: Annotated[list[str] | None, Query()] = None):
    if q is None:
        q = []
    q.append("x")
    return q


def write(q: Annotated[set[int] | None, Query()] = None):
    if q is None:
        q = set()
    q.add(1)
    return q
