def g(a=[]):
    "The docstring, with the return after it on its line."; return a


def h(b={}):
    f"not a docstring, but the insertion still goes after it"; return b
