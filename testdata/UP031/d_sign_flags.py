a = '%+d % d' % (int(a), int(b))
