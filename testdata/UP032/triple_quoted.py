a = '''{}
line two {}'''.format(x, y)
