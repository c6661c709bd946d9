# pyfix: --unsafe-fixes
if x is None:
    pass
if self.column is not None:
    pass
if None is f():
    pass
