# pyfix: --target-version=py312
# From Python 3.12 (PEP 701) a field may hold any string.
a = f'{f'{"hi":<5}'}'
b = f'{f'{x["k"]!s}'}'
c = f'{f"{x!s}"}'
