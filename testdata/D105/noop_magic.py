"""Module."""


class Vector:
    """Vector."""

    def __repr__(self):
        return "Vector()"

    def __eq__(self, other):
        """Compare."""
        return True


class _Hidden:
    def __repr__(self):  # a private class's methods are private
        return "_Hidden()"
