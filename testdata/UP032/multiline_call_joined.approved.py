message = f'{name} is {value}'
