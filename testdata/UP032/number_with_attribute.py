a = '{0.real}'.format(1)
