a = f'{5} items'
