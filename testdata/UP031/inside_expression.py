a = '%s' % (x,) + suffix
