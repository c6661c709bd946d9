# pyfix: --line-length=30
message = 'key %s: %s' % (
    key, value)
