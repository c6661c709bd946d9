a = 'plain'.format()
b = '{{}}'.format()
