a = f'{a + b * c}'
