import builtins
from os.path import *


def same_kind(value, member_type):
    if type(value) is member_type:
        return getattr(builtins, "True")
    return type(value) is int
