class A:
    pass


class B(object):
    pass


class C(metaclass=type):
    pass


class D(  # a comment keeps the parentheses
):
    pass


class E():  # noqa: UP039
    pass


class F():  # fmt: skip
    pass


x = A()
