# pyfix: --line-length=40
message = '{} is {}'.format(
    name, value)
