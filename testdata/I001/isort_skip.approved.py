import sys

import os  # isort: skip
import abc
import re
