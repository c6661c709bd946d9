a = f'{(1).real}'
