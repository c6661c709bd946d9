a = f'{x!s} {x!s}'
