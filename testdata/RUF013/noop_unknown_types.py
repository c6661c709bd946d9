from typing import Literal, TypeVar

from somewhere import Thing

T = TypeVar("T")
Alias = int


class Local:
    pass


def f(a: Thing = None, b: T = None, c: Alias = None, d: Local = None, e: "Missing" = None):
    return a, b, c, d, e


def g(f: type(None) = None, g: "int" "" = None):
    return f, g


NoneAlias = Literal[None]


def aliased(h: Literal[1, NoneAlias] = None):
    return h
