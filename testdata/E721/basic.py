# pyfix: --unsafe-fixes
if type(value) == type(default):
    merge(value, default)
if type(node) != list:
    node = [node]
if int == type(x) or str != type(y):
    pass
assert type(res)==type(None)
same = type(a) == type(b) == type(c)
if (type(a)  # the first
        == type(b)):
    pass
if type(a) \
        != ValueError:
    pass
ok = type(a) == MyClass and x == dict
