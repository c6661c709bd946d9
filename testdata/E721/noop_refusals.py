# pyfix: --unsafe-fixes
import numpy as np

if type(a) == "int" or type(b) != 1:
    pass
if type(a) is type(b) or type(a) is not int or isinstance(a, int):
    pass
if a.__class__ == b.__class__ or type(a) < type(b) or type(a) in (int, str):
    pass
if arr.dtype == int or np.dtype(x) != float or int == arr.dtype:
    pass
if x == MyClass:
    pass
if type(a) == type(b):  # noqa: E721
    pass


def shadowed(int, type):
    if x == int or type(a) == type(b):
        pass
