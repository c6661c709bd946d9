if x == None:  # noqa: E711
    pass
