"""Module docstring."""
import os
import sys
