from typing import Optional


def f(x: Optional[list] = None):
    if x is None:
        x = []
    f"{len(x)}"
    return len(x)


def g(x: Optional[list] = None):
    if x is None:
        x = []
    f"{print(len(x))}"
    ...
