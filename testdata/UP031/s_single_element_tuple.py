a = 'got %s' % (x,)
