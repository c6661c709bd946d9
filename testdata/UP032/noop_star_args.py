a = '{} {}'.format(*args)
