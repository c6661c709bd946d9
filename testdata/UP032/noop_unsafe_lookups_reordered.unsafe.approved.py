a = f'{items[0]} {x.y}'
