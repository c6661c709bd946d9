a = '{0:\x00<6}|{1:\t^5}'.format(x, y)
