a = ([]  # one
     is None)
b = {} \
    is not None
