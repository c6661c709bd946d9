a = (
    f'first {x} '  # the first half
    f'second {y}'
)
