a = 'héllo %s ✓' % (x,)
