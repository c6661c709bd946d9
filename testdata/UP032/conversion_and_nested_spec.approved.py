a = f'{x!r:^{n}}'
