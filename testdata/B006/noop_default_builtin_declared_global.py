from collections import OrderedDict


def f(x=dict()):
    global dict
    return len(x)


def g(x=OrderedDict()):
    """Doc."""
    global OrderedDict
    return len(x)


def h(y=[len("ab")]):
    global len
    y.append(1)
    return y


print(f(), g(), h())
