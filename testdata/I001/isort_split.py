import sys
import os
# isort: split
import re
import abc
