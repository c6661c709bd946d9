import os
import sys
import os
from typing import List
from typing import List

print(os.sep, sys.argv, List)
