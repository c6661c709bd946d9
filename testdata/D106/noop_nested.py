"""Module."""


class Outer:
    """Outer."""

    class Meta:
        pass

    class _Private:
        pass

    class Documented:
        """Documented."""


class _Hidden:
    class Meta:  # inside a private class
        pass
