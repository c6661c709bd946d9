a = '{0[it\'s]}'.format(x)
