a = "{0[k]}".format(m)
b = '{0[k]}'.format(m)
