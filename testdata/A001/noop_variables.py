list = [1, 2]
dict: dict = {}
for input in []:
    pass
with open("f") as file, open("g") as open:
    pass
if (max := 1):
    pass
try:
    pass
except ValueError as str:
    pass


def sum():
    len = 1
    global min
    min = 2
    squares = [hash for hash in range(3)]
    return len, squares


class float:
    id = 1
    type: str = "x"

    def format(self):
        pass

    for bin in []:
        pass


import id
from os import open as print
__doc__ = "module"
__name__ = "main"
aiter = 1
items = 1
match items:
    case type:
        pass
del items
list = 2  # noqa: A001
