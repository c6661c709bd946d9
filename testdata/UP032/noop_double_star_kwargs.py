a = '{x}'.format(**kwargs)
