a = '%s-%d' % ('a', 1)
b = '%s {%s}' % ('{a}', x)
c = '%s and %s' % (u'one', r'two')
d = '<%s>' % (0,)
def f(v):
    return'%s' % (v,)
