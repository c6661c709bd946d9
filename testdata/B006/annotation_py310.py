# pyfix: --target-version=py310
def f(a: list = [], b: dict[str, int] = {}, c: int | list = set()):
    return len(a) + len(b) + len(c)
