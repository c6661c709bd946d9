# pyfix: --unsafe-fixes
while done != True:
    step()
if x == True and y == False:
    pass
a = (flag  \
     == False)
b = (
    False == flag
)
c = x == True == y
d = x.y != False
e = f(x) == (True)
if x == False if y else z != True:
    pass
