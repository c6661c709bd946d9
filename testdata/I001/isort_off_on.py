import sys
import os
# isort: off
import re
import abc
# isort: on
import zlib
import io
