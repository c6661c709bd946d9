a = '{1} {0}'.format(f(), g())
