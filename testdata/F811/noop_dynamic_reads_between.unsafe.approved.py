# Code between the imports may read the first one by its name: the fix is UNSAFE.

print(globals()["json"].dumps(1))
import json


exec("print(path.sep)")
from os import path
