# pyfix: --target-version=py312
a = '%s %s' % (d['k'], e["j"])
