a = (f'{x}' '{}').format(y)
