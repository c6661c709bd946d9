import sys

x = 1

import abc
