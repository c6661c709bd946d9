# pyfix: --import-style=isort --import-option=order_by_type=false
from yaml import Path as al
from yaml import path

print(al, path)
