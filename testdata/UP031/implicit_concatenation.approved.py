a = (f'first {x!s} ' f'second {y!s}')
