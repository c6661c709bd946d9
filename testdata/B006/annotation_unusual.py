# pyfix: --target-version=py310
def f(a: make_type() = [], b: (list) = [], c: list[int] if True else dict = {}):
    return len(a) + len(b) + len(c)
