a = '{0!r:^{1}}'.format(x, n)
