a = f'{name}-{name}-{other}'
