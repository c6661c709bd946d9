# pyfix: --line-length=25
message = '{} is {}'.format(
    name, value)
