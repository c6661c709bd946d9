# pyfix: --target-version=py311
a = '%s' % (d['k'],)
