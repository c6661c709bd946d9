a = '%r %a' % (x, y)
