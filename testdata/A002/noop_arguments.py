import typing
from typing import override


def show(list, id=0, *input, **vars):
    return list, id, input, vars


def fine(items, ident=0, *args, **kwargs):
    pass


class Child:
    @override
    def get(self, type):
        pass

    def put(self, type):
        pass


pick = lambda max: max


@typing.overload
def accept(type: int) -> int: ...


def accept(type):
    return type
