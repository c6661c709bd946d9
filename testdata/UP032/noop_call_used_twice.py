a = '{0} {0}'.format(f())
