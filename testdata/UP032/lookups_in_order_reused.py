a = '{0} {1} {0}'.format(x.y, items[0])
