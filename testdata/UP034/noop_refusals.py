def f(x, y, items):
    print((x), y)
    print((x, y))
    print(())
    print((x)[0])
    print((x) + 1)
    g((yield))
    print(((a), b))
    g((h((x)), y))  # Ruff's scan skips the inner call after the tuple's comma
    print((x))  # noqa: UP034
    print((x))  # fmt: skip
    return (x)


class C((x for x in range(3))):
    pass
