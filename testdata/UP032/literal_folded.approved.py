a = '{}: {}'.format('k', v)
b = '{0}{0}'.format('ab')
c = '{k}={v!s}'.format(k='key', v=1)
d = '{} {{literal}} {}'.format('{x}', y)
def f(v):
    return f"{v}"
def g(v):
    yield f"{v}"
e = f'{7!s:d}|8'  # str(7) with d raises: only the second folds
