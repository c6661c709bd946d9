message = 'key %s: %s' % (
    key,
    value,
)
