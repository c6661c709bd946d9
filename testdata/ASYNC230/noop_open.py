import io
import pathlib
from pathlib import Path


async def load(path, opener=open("defaults.cfg")):
    with open(path) as f:
        f.read()
    io.open(path)
    Path(path).open()
    pathlib.Path(path).open("rb")
    p = Path(path)
    p.open()  # the type of p is not inferred
    make_path(path).open()  # nor what an unknown function returns

    def later(x=open("also reported: a default runs in the coroutine")):
        return open(x)

    class Config:
        data = open("a class body")

    return [open(p) for p in path]


def sync(path):
    return open(path)
