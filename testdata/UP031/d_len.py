a = '%d items' % len(x)
