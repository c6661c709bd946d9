# pyfix: --unsafe-fixes
if type(value) is type(default):
    merge(value, default)
if type(node) is not list:
    node = [node]
if int is type(x) or str is not type(y):
    pass
assert type(res) is type(None)
same = type(a) is type(b) is type(c)
if (type(a)  # the first
        is type(b)):
    pass
if type(a) \
        is not ValueError:
    pass
ok = type(a) is MyClass and x is dict
