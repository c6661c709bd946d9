a = f'{x}'
