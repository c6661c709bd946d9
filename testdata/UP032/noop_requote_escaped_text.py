a = 'it\'s {}'.format(d['k'])
