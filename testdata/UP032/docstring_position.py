"{}".format(1)


def f():
    "{} {}".format("a", 2); return 1


class C:
    ("{}".format(2))


async def g():
    "{}" "{}".format(1, 2)


def h(): "{}".format(3)


x = "{}".format(4)
"{}".format(5)
