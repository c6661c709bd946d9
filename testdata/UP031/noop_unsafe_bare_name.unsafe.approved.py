a = f'{x!s}'
