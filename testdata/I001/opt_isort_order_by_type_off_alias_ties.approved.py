# pyfix: --import-style=isort --import-option=order_by_type=false
from yaml import a as b9
from yaml import a as b10
from yaml import path
from yaml import path as x
from yaml import Path

print(x, Path, path, b9, b10)
