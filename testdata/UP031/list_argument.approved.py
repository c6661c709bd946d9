a = f'items: {[1, 2]!s}'
