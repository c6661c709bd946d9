a = '{x[١]} {x[１]}'.format(x=table)
b = '{١} {０}'.format(first, second)
