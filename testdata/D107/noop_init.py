"""Module."""


class Point:
    """Point."""

    def __init__(self, x):
        self.x = x


class _Private:
    def __init__(self):
        pass


class Documented:
    """Documented."""

    def __init__(self):
        """Make one."""
