# `dir()` lists the names of the function's namespace: the import is not unused there.
def names():
    import csv
    return dir()

