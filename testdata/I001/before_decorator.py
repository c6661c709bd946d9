import sys
@dec
def f():
    pass
