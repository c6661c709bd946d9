"""Module."""


def f(a, b, *args, _c, **kwargs):
    """Do f.

    Args:
        a: The a.
        b (int): The b.
            More on b.
        *args: Rest.
    """


def g(self, x, y):
    """Do g: not a method, so self counts.

    Args:
        x: X.

    Returns:
        Something.
    """


def h(x, y):
    """Do h.

    Arguments:
        x: X.
    Keyword Args:
        y: Y.
    """


def no_sections(x):
    """No sections at all: nothing to check."""


def empty_entry(x, y):
    """An entry without text does not count.

    Args:
        x:
        y: Y.
    """


class C:
    """C."""

    def m(self, x, y):
        """Do m.

        Args:
            x: X.
        """

    @staticmethod
    def s(x, y):
        """Do s.

        Args:
            x: X.
        """

    @classmethod
    def c(cls, x):
        """Do c.

        Args:
            y: not x.
        """

    def _private(self, x):
        """Private functions are checked too.

        Args:
            y: not x.
        """


def subsection(args, other):
    """A lower-case args: under Args is an entry, not a new section.

    Args:
        args: The arguments.
        other: Other.
    """


def kw(*, key, **options):
    """Keyword-only.

    Args:
        key: Key.
        **options: Options.
    """
