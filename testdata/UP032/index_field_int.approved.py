a = f'{items[0]} {items[10]}'
