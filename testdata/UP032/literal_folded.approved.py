a = '{}: {}'.format('k', v)
b = '{0}{0}'.format('ab')
c = '{k}={v!s}'.format(k='key', v=1)
d = '{} {{literal}} {}'.format('{x}', y)
def f(v):
    return f"{v}"
def g(v):
    yield f"{v}"
