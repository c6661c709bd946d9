a = '{a}'.format(a=f())
