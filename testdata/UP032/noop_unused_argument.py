a = '{}'.format(x, y)
