from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path
    import collections.abc

if TYPE_CHECKING:
    import decimal
    import fractions

    x: "fractions.Fraction"


def f():
    import re


def g(flag):
    if flag: import string
    return flag
