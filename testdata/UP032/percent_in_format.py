a = '{}% done'.format(x)
