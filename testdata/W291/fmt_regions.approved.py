a = 1
# fmt: off
b = 2   
# fmt: on
c = 3


def f():
    # fmt: off
    d = 4   
    e = 5   
g = 6
h = 7  # fmt: skip   
i = 8
