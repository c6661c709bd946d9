a = ('%s' % (x,)).upper()
