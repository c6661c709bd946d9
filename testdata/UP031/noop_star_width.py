a = '%*d' % (5, len(x))
