import sys
import os  # noqa isort: skip_file
