a = '{!r} {:>5} {:d}'.format('a', 'b', 0o7)
b = '{} {}'.format('it\'s', "a\\b")
c = '{0[0]}'.format('ab')
