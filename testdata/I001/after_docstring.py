"""Module docstring."""
import sys
import os
