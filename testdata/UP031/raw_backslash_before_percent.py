a = r'%s\%s' % (x, y)
