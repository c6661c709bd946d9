a = '{}'.format({'a': 1})
