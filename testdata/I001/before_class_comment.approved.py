import os
import sys


# c
class A:
    pass
