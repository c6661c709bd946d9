from typing import Protocol


class P(Protocol):
    def f(self, a: list = []) -> int: ...

    def g(self, a={}):
        """Doc."""
        ...
