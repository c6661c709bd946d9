try:  # noqa: SIM105
    x = int("1")
except ValueError:
    pass
