import sys  # noqa: I001
import os
