def len(x):
    return x


if len(items) is None:
    pass
