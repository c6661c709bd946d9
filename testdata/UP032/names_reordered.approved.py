a = f'{y} {x} {y}'
