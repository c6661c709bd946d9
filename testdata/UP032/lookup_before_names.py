a = '{0[k]} {1}'.format(d, name)
b = '{0} {1[0]}'.format(items[0], d)
c = '{0.k} {1} {0.j}'.format(o, 2)
