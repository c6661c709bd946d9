from rich import print as rprint


def print(*args):
    pass


def shadowed():
    print("a local print is not the builtin")
    rprint("an imported print is not the builtin")
