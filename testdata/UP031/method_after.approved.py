a = (f'{x!s}').upper()
