def f():
    import os
    # isort: off
    import b
    import a
    # isort: on
    return os, a, b


if True:
    import sys
    # isort: split
    import abc
