def lookup(key, table={"a": 1, "b": 2}):
    return table.get(key)
