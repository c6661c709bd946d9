message = (
    f'key {key!s} '
    f'value {value!s}'
)
