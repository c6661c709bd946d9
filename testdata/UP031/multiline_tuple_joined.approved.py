message = f'key {key!s}: {value!s}'
