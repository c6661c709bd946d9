from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass

if TYPE_CHECKING:
    import fractions

    x: "fractions.Fraction"


def f():
    pass


def g(flag):
    if flag: pass
    return flag
