def f(x: list = []):
    f"{len(x)}"
    return len(x)


def g(x: list = []):
    f"{print(len(x))}"
    ...
