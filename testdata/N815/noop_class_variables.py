from collections import namedtuple
from typing import NamedTuple, TypedDict

import typing_extensions


class Client:
    maxRetries = 3
    _userName: str
    __privateName = 1
    for loopVar in range(2):
        pass
    MAX_RETRIES = 3
    max_retries = 3
    mixed_Case = 1
    Point = namedtuple("Point", "x y")
    pointXY = namedtuple("pointXY", "x y")
    maxDiff = None

    def methodName(self):
        self.attributeName = 1
        localName = 1
        return localName


class Payload(TypedDict):
    userName: str


class Extended(typing_extensions.TypedDict, total=False):
    lastName: str


class Row(NamedTuple):
    firstName: str


class Quiet:
    someName = 1  # noqa: N815
