"""Module."""

__all__ = ["Listed"]


class Listed:
    pass


class NotListed:  # not in __all__: private
    pass
