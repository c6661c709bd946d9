from os.path import (join, split)
from os import (
    sep,
    pathsep,
)
print(join, split, sep, pathsep)
