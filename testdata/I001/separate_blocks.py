import sys
import os
x = 1
import re
import abc
