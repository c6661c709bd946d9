from typing import List


def f(a: "List[int]" = [], b: 'Optional[list]' = [], c: "weird\tthing" = []):
    return len(a) + len(b) + len(c)
