a = f'{first} and {second}'
