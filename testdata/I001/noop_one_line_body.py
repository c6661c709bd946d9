if x: import sys
else: import os
