a = '%s and %s' % (x, y)
