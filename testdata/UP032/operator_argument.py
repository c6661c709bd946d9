a = '{}'.format(a + b * c)
