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
    return a, b, s, t
