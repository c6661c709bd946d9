# pyfix: --unsafe-fixes
while not done:
    step()
if x and not y:
    pass
a = (not flag)
b = (
    not flag
)
c = x is True == y
d = x.y
e = f(x)
if not x if y else not z:
    pass
