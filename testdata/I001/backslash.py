from a import b, \
    c
import os
