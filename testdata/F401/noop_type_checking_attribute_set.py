# the file sets `typing.TYPE_CHECKING` itself: the block runs, and its import binds `uuid`
import typing

typing.TYPE_CHECKING = True
if typing.TYPE_CHECKING:
    import uuid
