a = f'[{len(x):5d}] [{len(y):<5d}]'
