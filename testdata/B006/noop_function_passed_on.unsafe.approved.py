from functools import singledispatch
from typing import Optional


@singledispatch
def show(x):
    return "generic"


def show_list(x: Optional[list] = None):
    if x is None:
        x = []
    return "list"


show.register(show_list)
