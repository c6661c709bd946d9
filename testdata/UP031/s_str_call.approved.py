a = f'value: {str(x)}'
