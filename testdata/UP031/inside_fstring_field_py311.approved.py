# pyfix: --target-version=py311
# Inside an f-string's field, a new f-string may hold neither a backslash nor the outer quote
# before Python 3.12: the first two are reported without a fix, the third has no quote to hold.
a = f'{"%-5s" % ("hi",)}'
b = f'{"%s" % (x["k"],)}'
c = f'{f"{x!s}"}'
