def _helper(x: int):
    return 2 * x


def public() -> None:
    def nested(y: int):
        return y

    class Local:
        def method(self):  # a class inside a function is private
            pass


class _Private:
    def __init__(self) -> None:
        pass

    def _method(self):
        pass
