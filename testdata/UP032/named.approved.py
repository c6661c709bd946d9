a = f'1/{point.y}'
