a = (
    'first {} '  # the first half
    'second {}'
).format(x, y)
