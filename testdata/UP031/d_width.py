a = '[%5d] [%-5d]' % (len(x), len(y))
