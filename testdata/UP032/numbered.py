a = '{1} before {0}'.format(first, second)
