a = f'100% of {x!s}'
