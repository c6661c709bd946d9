from typing import Annotated, List, Literal, Union
from typing import Optional


def f(a: "Optional[int]" = None, b: "Optional[List[int]]" = None, c: Annotated[Optional[int], "meta"] = None):
    return a, b, c


def g(d: Optional[Union[int, str]] = None, e: Optional[Literal[1, 2]] = None, f: 'Optional[int | str]' = None):
    return d, e, f
