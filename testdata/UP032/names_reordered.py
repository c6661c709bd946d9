a = '{1} {0} {1}'.format(x, y)
