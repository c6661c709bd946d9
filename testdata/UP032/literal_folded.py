a = '{}: {}'.format('k', v)
b = '{0}{0}'.format('ab')
c = '{k}={v!s}'.format(k='key', v=1)
d = '{} {{literal}} {}'.format('{x}', y)
def f(v):
    return"{}".format(v)
def g(v):
    yield"{}".format(v)
e = '{!s:d}|{!s}'.format(7, 8)  # str(7) with d raises: only the second folds
