# pyfix: --target-version=py310
from typing import Annotated


def read(q: Annotated[list[str], Query()] = []):
    q.append("x")
    return q


def write(q: Annotated[set[int] | None, Query()] = set()):
    q.add(1)
    return q
