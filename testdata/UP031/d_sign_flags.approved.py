a = f'{int(a):+d} {int(b): d}'
