# pyfix: --flake8-annotations=ignore-fully-untyped
def untyped(a, b):  # nothing annotated: left alone
    pass


def partly(a: int, b):  # b is reported
    pass


class Typed:
    def method(self: "Typed", other):  # a typed self counts as typed
        pass
