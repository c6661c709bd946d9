a = '{0[\x41]}'.format(x)
