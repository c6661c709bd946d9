import sys

import os


import re
