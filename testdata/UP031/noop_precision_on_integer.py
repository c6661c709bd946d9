a = '%.3d' % (len(x),)
