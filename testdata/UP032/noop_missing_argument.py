a = '{} {}'.format(x)
