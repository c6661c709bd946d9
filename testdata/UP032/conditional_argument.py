a = '{}'.format(x if y else z)
