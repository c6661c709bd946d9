"""Module."""


def k(x, y, z, w):
    """Do k.

    Parameters
    ----------
    x : int
        X.
    y, z
        Y and Z.
    """


def all_there(x):
    """All there.

    Parameters
    ----------
    x : int
        X.
    """
