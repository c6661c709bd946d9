a = (
    f'first {x} '
    f'second {y}'
)
