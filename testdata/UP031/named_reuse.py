a = '%(a)s %(a)s' % {'a': x}
