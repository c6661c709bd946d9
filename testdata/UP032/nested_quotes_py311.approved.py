# pyfix: --target-version=py311
a = f"{d['k']}"
b = f'{d["k"]}'
