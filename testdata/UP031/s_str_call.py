a = 'value: %s' % str(x)
