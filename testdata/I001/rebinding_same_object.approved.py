import os
import os.path

from m import a, b
