import sys


def report(rows):
    print("rows:", len(rows))
    print(*rows, sep="\n", file=sys.stdout)
    print("warning", file=sys.stderr)
    print("none", file=None)


def to_file(rows, out, **kwargs):
    print(rows, file=out)  # a stream: not console output
    print(rows, **kwargs)  # reported, as in Ruff


if __name__ == "__main__":
    print("still reported in a __main__ block, as Ruff does")
    print("suppressed")  # noqa: T201
