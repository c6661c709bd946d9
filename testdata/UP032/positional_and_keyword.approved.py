a = f'{value} {key}'
