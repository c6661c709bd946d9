# annotated as never mutated: Ruff does not report these defaults, and neither does pyfix
import typing
from collections.abc import Iterable
from typing import Mapping, Optional, Sequence, Union


def f(
    a: Sequence[int] = [],
    b: Mapping[str, int] = {},
    c: Iterable = [],
    d: typing.Sequence = [],
    e: Optional[Sequence[int]] = [],
    g: Union[Sequence[int], Mapping[str, int], None] = [],
    h: "Sequence[int] | None" = None,
    i: tuple = [],
):
    return a, b, c, d, e, g, h, i
