# pyfix: --target-version=py38
def f(a: list = []):
    return len(a)


from string import Template as Optional
