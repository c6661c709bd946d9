import b  # noqa: F401
