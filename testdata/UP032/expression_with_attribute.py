a = '{0.x}'.format(a or b)
