def f():
    # fmt: off
    x = 1
    
    y = 2
    # fmt: on
    return x
