a = f'[{int(v):<5d}]'
