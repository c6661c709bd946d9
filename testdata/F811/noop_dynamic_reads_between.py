# Code between the imports may read the first one by its name: the fix is UNSAFE.
import json

print(globals()["json"].dumps(1))
import json

from os import path

exec("print(path.sep)")
from os import path
