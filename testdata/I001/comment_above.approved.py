import abc
import os

# comment above sys
import sys  # inline
