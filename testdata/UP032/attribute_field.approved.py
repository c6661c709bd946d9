a = f'{z.real} {z.imag}'
