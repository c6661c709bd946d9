x = 1 + \
    2
assert x, \
    "message"
