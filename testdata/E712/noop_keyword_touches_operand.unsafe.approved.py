def check(flag: bool, other: bool):
    if flag:
        pass
    if not other:
        pass
    return not not (flag)
