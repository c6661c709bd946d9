a = '%(a)s %(a)s %(a)s %(a)s' % {'a': f()}
