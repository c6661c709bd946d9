import os
import sys

# isort: split
import abc
import re
