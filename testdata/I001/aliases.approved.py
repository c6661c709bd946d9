import os as o
import sys

import a
import a.b
import a.b as c
