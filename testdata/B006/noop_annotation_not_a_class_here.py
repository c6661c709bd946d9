# The annotation is evaluated when `def` runs: wrapped, it must still evaluate.
from typing import TypeAlias, Union

Node: TypeAlias = "Tree"


class Record:
    def dict(self):
        return {"a": 1}

    # `dict` is the method above here: `Optional[dict]` raises on Python 3.8-3.10
    def count(self, extra: dict = {}):
        return len(extra)


def outer(list):
    def inner(x: list = []):
        return len(x)

    return inner([1])


def walk(nodes: Node = []):
    return len(nodes)


def bare(x: Union = []):
    return len(x)


class Vec:
    def __class_getitem__(cls, n):
        return n  # `Vec[3]` is 3: `Optional[3]` and `3 | None` raise


def sized(v: Vec[3] = []):
    return len(v)
