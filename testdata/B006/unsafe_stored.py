# pyfix: --unsafe-fixes
class C:
    def __init__(self, items=[]):
        self.items = items
