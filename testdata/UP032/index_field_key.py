a = '{0[key]} {0[other key]}'.format(mapping)
