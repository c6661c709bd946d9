from a import c, d  # noqa: F401
from a import b
from a import a as x  # type: ignore
from a import a as x  # noqa
