a = f'got {x!s}'
