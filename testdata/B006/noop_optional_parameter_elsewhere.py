# pyfix: --target-version=py38
def f(a: list = []):
    return len(a)


def g(Optional=None):
    return Optional
