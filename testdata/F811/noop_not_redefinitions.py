from __future__ import annotations, annotations

import typing
from typing import overload

import xml.dom
import xml.sax


@overload
def parse(data: str) -> str: ...
@overload
def parse(data: bytes) -> bytes: ...
def parse(data):
    return data


class Widget:
    @property
    def size(self):
        return self._size

    @size.setter
    def size(self, value):
        self._size = value


def _():
    pass


def _():
    pass


def _impl():
    pass


def _impl():
    pass


def run():
    pass


run()


def run():
    pass


def run(fast):
    pass


Node = None


class Node:
    def parent(self) -> Node:
        return self


x = 1
x = 2


def loop():
    pass


for loop in range(3):
    pass

if typing.TYPE_CHECKING:
    def checked():
        pass
else:
    def checked():
        pass

try:
    import ujson as jsonlib
except ImportError:
    import json as jsonlib


def deleted():
    pass


del deleted


def deleted():
    pass


def wrapped():
    pass


wrapped = typing.no_type_check(wrapped)
print(parse, Widget, xml, loop, checked, jsonlib, deleted, x, Node)
