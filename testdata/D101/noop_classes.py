"""Module."""


class Public:
    pass


class Documented:
    """Here."""


class _Private:
    pass


class OneLine: "A docstring on the line of the colon."


class Outer:
    """Outer."""

    class Inner:  # D106
        pass


def factory():
    """Make a class."""

    class Local:  # inside a function: private
        pass

    return Local
