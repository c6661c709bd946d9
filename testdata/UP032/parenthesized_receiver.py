a = ('{}').format(x)
