from functools import singledispatch
from typing import Optional


@singledispatch
def show(x):
    return "generic"


def show_int(x: Optional[int] = None):
    return "int"


show.register(show_int)
