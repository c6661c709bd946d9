from typing import Optional


def f(
    first,
    second: int = 2,
    items: Optional[list] = None,  # keep this comment
    *args,
    **kwargs,
) -> int:
    if items is None:
        items = []
    return first + second + len(items)
