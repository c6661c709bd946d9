# fmt: off
import sys
import os
# fmt: on
