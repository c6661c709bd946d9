message = '{} is {}'.format(
    name,
    value,
)
