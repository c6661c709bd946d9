message = (
    'key %s '
    'value %s'
) % (key, value)
