if x is None or y is not None or z == "None" or w == NONE or v == (None, None):
    pass
assert x in [None]
