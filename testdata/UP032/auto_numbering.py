a = '{} and {}'.format(first, second)
