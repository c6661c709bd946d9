# pyfix: --max-function-lines=3
def short(x):
    """A docstring does not count,

    however long it is.
    """
    # nor do comments

    y = x + 1
    return y


def long(x):
    y = x + 1
    z = (
        y
    )
    return z


def outer(x):
    def inner():
        return x

    return inner


def four_lines(x):
    a = x
    b = a
    c = b
    return c
def follows_directly():
    return 1
