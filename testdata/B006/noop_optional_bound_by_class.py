# pyfix: --target-version=py38
class Optional:
    pass


def f(a: list = []):
    return len(a)
