from a import a as x  # type: ignore  # noqa
from a import b
from a import c, d  # noqa: F401
