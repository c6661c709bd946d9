from typing import overload


def area(width, height: float, /, depth=1, *, scale: float = 1.0, unit="mm") -> float:
    return width * height * depth * scale


class Shape:
    def resize(self, factor, *, keep_ratio: bool = True) -> None:
        pass

    @classmethod
    def make(cls, sides) -> "Shape":
        return cls()

    @staticmethod
    def count(shapes) -> int:
        return len(shapes)

    def __eq__(self, other) -> bool:
        return self is other


def outer() -> None:
    def inner(x):  # nested functions are checked too
        pass


lambda untyped: untyped  # lambdas cannot be annotated


@overload
def parse(text: str) -> int: ...
@overload
def parse(text: bytes) -> int: ...
def parse(text):  # the implementation after its overloads is not checked
    return int(text)


def callback(_, __, _unused, used):  # dummy names are reported without suppress-dummy-args
    pass
