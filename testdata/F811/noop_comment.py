import os  # first
import os

print(os)
