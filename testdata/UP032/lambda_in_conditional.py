a = '{}'.format(x if y else lambda: 1)
b = '{} {}'.format(x, p if q else r if s else lambda: t)
