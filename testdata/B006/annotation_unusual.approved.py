# pyfix: --target-version=py310
def f(a: make_type() = [], b: (list) | None = None, c: list[int] if True else dict = {}):
    if b is None:
        b = []
    return len(a) + len(b) + len(c)
