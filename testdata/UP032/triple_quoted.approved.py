a = f'''{x}
line two {y}'''
