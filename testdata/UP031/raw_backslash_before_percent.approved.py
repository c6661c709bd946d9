a = rf'{x!s}\{y!s}'
