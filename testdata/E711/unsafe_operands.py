# pyfix: --unsafe-fixes
if x == None:
    pass
if self.column != None:
    pass
if None == f():
    pass
