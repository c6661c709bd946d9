from functools import singledispatch


@singledispatch
def show(x):
    return "generic"


def show_int(x: int = None):
    return "int"


show.register(show_int)
