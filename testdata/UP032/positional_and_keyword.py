a = '{} {k}'.format(value, k=key)
