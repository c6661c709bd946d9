import sys
import os
from typing import List

print(os.sep, sys.argv, List)
