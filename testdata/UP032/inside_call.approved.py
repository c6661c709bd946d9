print(f'{key}: {value}', end='')
