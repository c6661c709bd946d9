import typing


def greeting(name: str):
    return f"Hello, {name}"


def _private(name: str):  # ANN202
    return name


class Service:
    def start(self):
        pass

    @property
    def name(self):  # a property getter is a public method
        return "service"

    @name.setter
    def name(self, value: str):  # setters and deleters are private (ANN202)
        pass

    class Config:
        def load(self):  # a method of a public nested class is public
            pass


class _Hidden:
    def run(self):  # a method of a private class is private (ANN202)
        pass


@typing.overload
def convert(x: int) -> int: ...
@typing.overload
def convert(x: str) -> str: ...
def convert(x):  # the implementation after its overloads is not checked
    return x


def annotated(name: str) -> str:
    return name
