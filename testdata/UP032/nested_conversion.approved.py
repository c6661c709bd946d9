a = '{}'.format(f'{x}')
