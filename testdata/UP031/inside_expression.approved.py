a = f'{x!s}' + suffix
