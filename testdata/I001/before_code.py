import sys
import os



x = 1
