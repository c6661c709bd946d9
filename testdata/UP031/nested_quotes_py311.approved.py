# pyfix: --target-version=py311
a = f"{d['k']!s}"
