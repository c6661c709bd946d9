# pyfix: --target-version=py310
def f(a: list | None = [], b: None | dict = {}):
    return len(a) + len(b)
