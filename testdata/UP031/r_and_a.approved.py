a = f'{x!r} {y!a}'
