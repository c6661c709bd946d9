# pyfix: --target-version=py312
a = '{}'.format('\n'.join(lines))
