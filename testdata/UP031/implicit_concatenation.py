a = ('first %s ' 'second %s') % (x, y)
