from functools import singledispatch


@singledispatch
def show(x):
    return "generic"


def show_list(x: list = []):
    return "list"


show.register(show_list)
