pattern = r'\d+%s' % (suffix,)
