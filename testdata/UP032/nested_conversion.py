a = '{}'.format('{}'.format(x))
