a = f'{(x if y else lambda: 1)}'
b = f'{x} {(p if q else r if s else lambda: t)}'
