a = '{} }'.format(x)
