from os.path import (join, split); import sys
import os; from os import (sep,)
from os import (
    pathsep,
); print(join, split, sys, os, sep, pathsep)
