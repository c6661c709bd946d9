import os
# comment above sys
import sys  # inline
import abc
