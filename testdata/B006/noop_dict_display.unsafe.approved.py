def lookup(key, table=None):
    if table is None:
        table = {"a": 1, "b": 2}
    return table.get(key)
