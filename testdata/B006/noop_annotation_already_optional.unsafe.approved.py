from typing import Any, Optional, Union


def f(a: Optional[list] = None, b: Union[list, None] = None, c: Any = None, d: object = {}):
    if a is None:
        a = []
    if b is None:
        b = []
    if c is None:
        c = []
    return len(a) + len(b) + len(c) + len(d)
