def f(
    first,
    second: int = 2,
    items: list = [],  # keep this comment
    *args,
    **kwargs,
) -> int:
    return first + second + len(items)
