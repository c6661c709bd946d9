import typing as t


class C:
    @t.overload
    def f(self, x: list = []) -> int: ...

    def f(self, x=None):
        return x
