x = 1
y = 2
z = 3

# about sys
import sys
import abc
