a = f'{{}} {value} {{x}}'
