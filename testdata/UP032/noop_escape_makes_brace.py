a = '\x7b{}'.format(x)
