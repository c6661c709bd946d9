a = '{}'.format('''one
two''')
