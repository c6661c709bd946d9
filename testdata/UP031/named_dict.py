a = '%(a)s and %(b)r' % {'a': x, 'b': y}
