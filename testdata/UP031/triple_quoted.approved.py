a = f'''{x!s}
line two {y!s}'''
