from os.path import *


def f(a: int = None):
    return a
