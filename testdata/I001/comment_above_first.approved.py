x = 1
y = 2
z = 3

import abc

# about sys
import sys
