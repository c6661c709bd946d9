import sys
import os  # isort: skip
import re
import abc
