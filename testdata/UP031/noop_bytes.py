a = b'%s' % (x,)
