from typing import overload


class Sized:
    @overload
    def __init__(self, size: int) -> None: ...
    @overload
    def __init__(self, size: str) -> None: ...
    def __init__(self, size):  # the implementation after its overloads is not checked
        self.size = size
