def f(x):
    a = 1  # a; b in a comment
    s = "a; b"
    t = f"{s};"
    a = 1; b = 2  # noqa: E702
    a = 1; b = 2  # fmt: skip
    # fmt: off
    a = 1; b = 2
    # fmt: on
    a = 1;  # a trailing semicolon is E703's
    a: int = "s"; b = 2  # type: ignore
    a = f(b); b = 2  # pragma: no cover
    a = (b,
         2); b = 3  # type: ignore[assignment]
    return a, b, s, t
