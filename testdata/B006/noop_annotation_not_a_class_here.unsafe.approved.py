# The annotation is evaluated when `def` runs: wrapped, it must still evaluate.
from typing import TypeAlias, Union
from typing import Optional

Node: TypeAlias = "Tree"


class Record:
    def dict(self):
        return {"a": 1}

    # `dict` is the method above here: `Optional[dict]` raises on Python 3.8-3.10
    def count(self, extra: Optional[dict] = None):
        if extra is None:
            extra = {}
        return len(extra)


def outer(list):
    def inner(x: Optional[list] = None):
        if x is None:
            x = []
        return len(x)

    return inner([1])


def walk(nodes: Optional[Node] = None):
    if nodes is None:
        nodes = []
    return len(nodes)


def bare(x: Union = []):
    return len(x)


class Vec:
    def __class_getitem__(cls, n):
        return n  # `Vec[3]` is 3: `Optional[3]` and `3 | None` raise


def sized(v: Optional[Vec[3]] = None):
    if v is None:
        v = []
    return len(v)
