a = '{x}/{y}'.format(x=1, y=point.y)
