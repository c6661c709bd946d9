# pyfix: --convention=google
"""Under the google convention an underlined Parameters section is no section of its style."""


def k(x, y):
    """Do k.

    Parameters
    ----------
    x : int
        X.
    """


def g(x, y):
    """Do g.

    Args:
        x: X.
    """
