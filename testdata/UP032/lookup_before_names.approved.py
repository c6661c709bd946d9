a = f'{d["k"]} {name}'
b = f'{items[0]} {d[0]}'
c = f'{o.k} 2 {o.j}'
