a = r'\{}\{{'.format(x)
