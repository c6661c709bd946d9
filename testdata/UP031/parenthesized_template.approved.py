a = (f'{x!s}')
