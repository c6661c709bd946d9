a = '%s items' % 5
