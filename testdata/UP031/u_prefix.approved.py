a = u'x'
