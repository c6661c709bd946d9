a = '{0.class}'.format(x)
