a = f'{v:x}'
