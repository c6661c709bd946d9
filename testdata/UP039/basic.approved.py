class A:
    pass


class B:
    x = 1


class D:
    pass


class E: ...


def f():
    class Local:
        pass

    return Local
