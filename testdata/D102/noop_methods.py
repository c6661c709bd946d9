"""Module."""
import typing
from typing import overload


class Service:
    """Service."""

    def start(self):
        pass

    def _stop(self):
        pass

    @property
    def name(self):  # a property is a public method
        return "x"

    @name.setter
    def name(self, value):  # setters and deleters are private
        pass

    def __new__(cls):  # __new__ and __call__ are D102
        return super().__new__(cls)

    def __call__(self):
        pass

    @overload
    def get(self, key: int) -> int: ...
    @overload
    def get(self, key: str) -> str: ...
    def get(self, key):
        """Get."""
        return key

    @typing.override
    def run(self):  # an override takes the base class's docstring
        pass


class _Private:
    def start(self):  # a method of a private class
        pass
