a = '''%s
line two %s''' % (x, y)
