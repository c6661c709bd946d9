if type(a) is type(b):
    pass
