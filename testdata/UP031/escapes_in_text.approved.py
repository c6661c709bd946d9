a = f'\t{x!s}\n'
