"%s" % (1,)


def f():
    "%s %s" % ("a", 2); return 1


class C:
    ("%s" "%s") % (1, 2)


async def g():
    ("%d" % (3,))


def h(): "%s" % (3,)


x = "%s" % (4,)
"%s" % (5,)
