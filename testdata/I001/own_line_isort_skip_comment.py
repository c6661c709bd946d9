import sys
# isort: skip
import os
