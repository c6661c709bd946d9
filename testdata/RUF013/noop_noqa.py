def f(a: int = None):  # noqa: RUF013
    return a
