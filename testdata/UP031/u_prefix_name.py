a = u'%s' % (x,)
