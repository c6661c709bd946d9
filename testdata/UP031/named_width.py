a = '%(n)5d' % {'n': len(x)}
