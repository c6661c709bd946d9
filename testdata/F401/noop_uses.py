import abc
import collections.abc
import dataclasses
import decimal
import enum
import fractions
import functools
import io
import itertools
import json
import math
import operator
import os
import os.path
import pathlib
import re
import string
import sys
import textwrap
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    import typing

__all__ = ["json"]


@functools.lru_cache
def f(x: Optional[int] = math.pi, *, y: "decimal.Decimal" = None) -> "typing.Any":
    return [i for i in itertools.count() if i > x]


class C(abc.ABC, metaclass=enum.EnumMeta):
    field: dataclasses.Field


def g(value):
    global string
    match value:
        case operator.attrgetter:
            return f"{io.StringIO}"
        case re.Pattern():
            return value
    return lambda: sys.argv


def h():
    del textwrap
    return collections, os, pathlib


x: "fractions.Fraction"
