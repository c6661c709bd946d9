a = '{0}-{0}-{1}'.format(name, other)
