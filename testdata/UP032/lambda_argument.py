a = '{}'.format(lambda: 1)
