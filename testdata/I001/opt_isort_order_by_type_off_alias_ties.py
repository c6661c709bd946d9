# pyfix: --import-style=isort --import-option=order_by_type=false
from yaml import path as x
from yaml import Path
from yaml import path
from yaml import a as b10, a as b9

print(x, Path, path, b9, b10)
