# pyfix: --unsafe-fixes
class C:
    def __init__(self, items=None):
        if items is None:
            items = []
        self.items = items
