a = f'{(a or b).x}'
