# pyfix: --target-version=py311
a = '{}'.format('\n'.join(lines))
