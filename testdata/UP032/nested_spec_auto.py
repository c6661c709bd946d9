a = '{:{}}|{:>{}}'.format(x, w, y, v)
