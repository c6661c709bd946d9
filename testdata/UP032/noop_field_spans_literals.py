a = ('{' '}').format(x)
