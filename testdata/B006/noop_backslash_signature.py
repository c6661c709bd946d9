def f(key, \
      table={}):
    return table.get(key)
