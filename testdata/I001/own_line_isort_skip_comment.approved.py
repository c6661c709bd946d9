# isort: skip
import os
import sys
