a = '{}'.format(x).upper()
