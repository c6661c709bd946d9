count = 1
other = (
    "%d things"  # noqa: UP031
) % (count,)
