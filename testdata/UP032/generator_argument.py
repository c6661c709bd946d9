a = '{}'.format(x for x in y)
