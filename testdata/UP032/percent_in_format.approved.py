a = f'{x}% done'
