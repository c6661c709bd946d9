# pyfix: --target-version=py310
def f(a: make_type() = None, b: (list) | None = None, c: list[int] if True else dict = None):
    if a is None:
        a = []
    if b is None:
        b = []
    if c is None:
        c = {}
    return len(a) + len(b) + len(c)
