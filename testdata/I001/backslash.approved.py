import os

from a import b, c
