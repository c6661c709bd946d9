if True == False or 1 == True or x == "a" == True:
    pass
if x == (  # why
        True):
    pass
if x is True or x is not False or x == 1 or x < True or x in (True, False):
    pass
if x == True:  # noqa: E712
    pass

