a = f'{len(x):d}'
