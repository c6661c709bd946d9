from pathlib import Path


def f(path: Path = None):
    return path
