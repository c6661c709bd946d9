# pyfix: --target-version=py310
def f(a: list | None = None, b: None | dict = None):
    if a is None:
        a = []
    if b is None:
        b = {}
    return len(a) + len(b)
