# pyfix: --target-version=py310
def f(a: list | None = None, b: dict[str, int] | None = None, c: int | list | None = None):
    if a is None:
        a = []
    if b is None:
        b = {}
    if c is None:
        c = set()
    return len(a) + len(b) + len(c)
