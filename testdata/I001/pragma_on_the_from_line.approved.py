from m import a, b, c, d  # noqa: F401
