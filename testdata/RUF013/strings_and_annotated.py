from typing import Annotated, List, Literal, Union


def f(a: "int" = None, b: "List[int]" = None, c: Annotated[int, "meta"] = None):
    return a, b, c


def g(d: Union[int, str] = None, e: Literal[1, 2] = None, f: 'int | str' = None):
    return d, e, f
