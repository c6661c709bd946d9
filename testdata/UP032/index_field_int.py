a = '{0[0]} {0[10]}'.format(items)
