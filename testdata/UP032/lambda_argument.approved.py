a = f'{(lambda: 1)}'
