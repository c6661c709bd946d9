a = f'{get()!s}'
