a = '{:{:{}}}'.format(x, y, z)
