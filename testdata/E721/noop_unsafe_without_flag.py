if type(a) == type(b):
    pass
