import json
from os.path import *
