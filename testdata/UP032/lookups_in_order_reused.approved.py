a = f'{x.y} {items[0]} {x.y}'
