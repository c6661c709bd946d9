from typing import Any, Hashable, Literal, Optional, Union


def f(a: Optional[int] = None, b: Union[int, None] = None, c: int | None = None, d: Any = None):
    return a, b, c, d


def g(e: object = None, f: Hashable = None, g: Literal[1, None] = None, h: None = None):
    return e, f, g, h


def h(i: "Optional[int]" = None, j: "int | None" = None, k: Union[int, Optional[str]] = None):
    return i, j, k


def k(m: int = 0, n=None, *args: int, **kwargs: int):
    return m, n, args, kwargs


def nested(p: Literal[1, Literal[True, None]] = None, q: Literal["a", Literal[Literal[None]]] = None):
    return p, q
