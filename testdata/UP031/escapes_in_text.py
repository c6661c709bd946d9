a = '\t%s\n' % (x,)
