a = f'{v:.2f}'
