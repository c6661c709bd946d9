a = f'{x!s} and {y!r}'
