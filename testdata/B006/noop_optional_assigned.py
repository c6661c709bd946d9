# pyfix: --target-version=py38
Optional = 5


def f(a: list = []):
    return len(a)
