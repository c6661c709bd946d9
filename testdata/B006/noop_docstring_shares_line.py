def g(a=[]):
    "The docstring, with the return after it on its line."; return a
