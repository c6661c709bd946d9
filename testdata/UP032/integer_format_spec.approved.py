a = f'{n:d} {m:x}'
