from foo import (
    beta, alpha,  # noqa: F401
)
import os, sys  # noqa: E401
