def f(x):
    a = 1  # a;
    s = "a;"
    a = 1;  # noqa: E703
    a = 1;  # fmt: skip
    # fmt: off
    a = 1;
    # fmt: on
    a = 1; b = 2  # a semicolon between statements is E702's
    return a, b, s
