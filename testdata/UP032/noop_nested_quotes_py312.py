# pyfix: --target-version=py312
a = '{}'.format(d['k'])
b = '{} {}'.format(d['k'], e["j"])
