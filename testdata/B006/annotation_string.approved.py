from typing import List
from typing import Optional


def f(a: "Optional[List[int]]" = None, b: 'Optional[list]' = [], c: "weird\tthing" = []):
    if a is None:
        a = []
    return len(a) + len(b) + len(c)
