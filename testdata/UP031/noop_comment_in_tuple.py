a = '%s %s' % (
    x,  # the first
    y,
)
