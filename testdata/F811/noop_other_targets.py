import os.path
import os
from json import loads as load
from pickle import load

print(os, load)
