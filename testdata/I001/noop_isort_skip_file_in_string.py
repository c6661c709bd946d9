"""Do not sort: isort:skip_file."""
import sys
import os
