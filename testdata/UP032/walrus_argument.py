a = '{}'.format(y := 2)
