import sys
import os
# c
class A:
    pass
