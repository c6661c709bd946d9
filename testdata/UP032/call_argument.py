a = '{}'.format(compute())
