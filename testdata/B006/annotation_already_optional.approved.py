from typing import Any, Optional, Union


def f(a: Optional[list] = None, b: Union[list, None] = None, c: Any = None, d: object = None):
    if a is None:
        a = []
    if b is None:
        b = []
    if c is None:
        c = []
    if d is None:
        d = {}
    return len(a) + len(b) + len(c) + len(d)
