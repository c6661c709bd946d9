def len(x):
    return x


if len(items) == None:
    pass
