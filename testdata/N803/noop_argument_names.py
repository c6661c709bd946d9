from typing import override


def area(Width, height, *Args, **KWargs):
    return Width * height


def fine(width, height=1, *args, key=None, **kwargs):
    pass


class Child:
    @override
    def method(self, inputValue):
        pass

    def other(self, inputValue):
        pass


lam = lambda X: X
