import os
import sys

# isort: off
import re
import abc
# isort: on
import io
import zlib
