import os.path
import os
from m import b
from m import a, b
