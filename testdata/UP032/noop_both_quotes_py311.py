# pyfix: --target-version=py311
a = '{}'.format(d['k'] + e["j"])
