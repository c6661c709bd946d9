a = '{} {}'.format(
    x,  # the first
    y,
)
