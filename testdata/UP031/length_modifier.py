a = '%ld' % (len(x),)
