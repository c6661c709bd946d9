def f(key, \
      table=None):
    if table is None:
        table = {}
    return table.get(key)
