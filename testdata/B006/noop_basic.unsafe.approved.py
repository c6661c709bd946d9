def total(values=None):
    if values is None:
        values = []
    return sum(values)
