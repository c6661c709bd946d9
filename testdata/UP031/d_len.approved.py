a = f'{len(x):d} items'
