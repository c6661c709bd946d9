a = '{} {0}'.format(x)
