a = f'{len(x):5d}'
