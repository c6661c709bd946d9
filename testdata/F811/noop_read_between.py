import os

print(os.sep)
import os
