f"{1}"


def f():
    "{} {}".format("a", 2); return 1


class C:
    (f"{2}")


async def g():
    f"{1}" f"{2}"


def h(): f"{3}"


x = "4"
"5"
