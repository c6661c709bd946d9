f"{1}"


def f():
    f'{"a"} {2}'; return 1


class C:
    (f"{1}" f"{2}")


async def g():
    (f"{3:d}")


def h(): f"{3}"


x = "4"
"5"
