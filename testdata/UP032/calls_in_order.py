a = '{} {}'.format(f(), g())
