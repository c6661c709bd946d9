"""Module."""
from typing import overload


def public():
    pass


def _private():
    pass


def documented():
    """Documented."""


def one_line(): "Documented on one line."


def outer():
    """Outer."""

    def inner():  # nested functions are private
        pass


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    """Parse."""
    return x


if True:

    def conditional():
        pass
