import os
import sys

print(ｏｓ.sep, "ｓｙｓ")
