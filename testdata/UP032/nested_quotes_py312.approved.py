# pyfix: --target-version=py312
a = f"{d['k']}"
b = f'{d['k']} {e["j"]}'
