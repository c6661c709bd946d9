def f():
    if x:
        return 1
    return 2


z = 3
