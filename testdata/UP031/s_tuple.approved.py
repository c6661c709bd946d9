a = f'{x!s} and {y!s}'
