from typing import Protocol
from typing import Optional


class P(Protocol):
    def f(self, a: Optional[list] = None) -> int: ...

    def g(self, a=None):
        """Doc."""
        ...
