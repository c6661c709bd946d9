a = f'{table[1]} {table[1]}'
b = f'{second} {first}'
