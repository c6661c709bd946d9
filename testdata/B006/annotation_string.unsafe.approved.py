from typing import List
from typing import Optional


def f(a: "Optional[List[int]]" = None, b: 'Optional[list]' = None, c: "weird\tthing" = None):
    if a is None:
        a = []
    if b is None:
        b = []
    if c is None:
        c = []
    return len(a) + len(b) + len(c)
