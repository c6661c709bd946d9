def check(flag: bool, other: bool):
    if(True) == flag:
        pass
    if(False) == other:
        pass
    return not(flag)==False
