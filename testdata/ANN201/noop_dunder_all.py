__all__ = ["exported"]


def exported(a: int):
    return a


def not_exported(a: int):  # private: __all__ does not list it (ANN202)
    return a


if True:

    def conditional(a: int):  # module level through the if: private too
        return a
