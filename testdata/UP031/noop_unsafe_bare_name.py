a = '%s' % x
