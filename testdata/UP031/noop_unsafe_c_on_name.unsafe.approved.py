a = f'{v:c}'
