# pyfix: --target-version=py312
# From Python 3.12 (PEP 701) a field may hold any string.
a = f'{"%-5s" % ("hi",)}'
b = f'{"%s" % (x["k"],)}'
c = f'{"%s" % (x,)}'
