a = '%(a)s' % mapping
