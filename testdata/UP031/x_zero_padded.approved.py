a = f'{int(v):08x}'
