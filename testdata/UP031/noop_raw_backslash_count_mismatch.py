a = r'\%s %s' % (x,)
