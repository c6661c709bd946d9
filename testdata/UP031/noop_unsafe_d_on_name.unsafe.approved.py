a = f'{n:d}'
