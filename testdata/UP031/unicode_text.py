a = 'héllo %s ✓' % ('x',)
