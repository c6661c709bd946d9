import b  # noqa: F401
import b  # noqa: F401
