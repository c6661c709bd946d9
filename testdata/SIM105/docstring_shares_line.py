# pyfix: --unsafe-fixes
"""The docstring, with code after it on its line."""; x = 1


def f():
    try:
        g()
    except ValueError:
        pass
