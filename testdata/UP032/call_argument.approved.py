a = f'{compute()}'
