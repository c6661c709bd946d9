import os
import sys

x = 1
import abc
import re
