import os


def f(paths: list = []):
    return [os.path.basename(p) for p in paths]
