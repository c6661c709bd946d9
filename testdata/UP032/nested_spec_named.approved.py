a = f'{x:{w}.{p}f}'
