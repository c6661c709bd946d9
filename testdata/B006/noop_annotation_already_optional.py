from typing import Any, Optional, Union


def f(a: Optional[list] = [], b: Union[list, None] = [], c: Any = [], d: object = {}):
    return len(a) + len(b) + len(c) + len(d)
