a = f"{'a'!r} {'b':>5} {0o7:d}"
b = '{} {}'.format('it\'s', "a\\b")
c = f"{'ab'[0]}"
