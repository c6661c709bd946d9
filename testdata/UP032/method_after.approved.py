a = f'{x}'.upper()
