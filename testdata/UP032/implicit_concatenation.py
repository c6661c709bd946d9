a = ('first {} ' 'second {}').format(x, y)
