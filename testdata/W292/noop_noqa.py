x = 1
y = 2  # noqa: W292