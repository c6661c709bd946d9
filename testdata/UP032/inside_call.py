print('{}: {}'.format(key, value), end='')
