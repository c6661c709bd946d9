message = f'{compute(a, b)}'
