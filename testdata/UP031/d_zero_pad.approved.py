a = f'{int(v):05d}'
