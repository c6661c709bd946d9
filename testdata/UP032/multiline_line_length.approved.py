# pyfix: --line-length=40
message = f'{name} is {value}'
