# pyfix: --target-version=py312
a = f'{d['k']!s} {e["j"]!s}'
