# A `:=`, `yield` or `await` in a default acts on the scope around the function.
def binds(x=[(y := 5)]):
    return len(x)


def binds_in_comprehension(x=[(last := i) for i in range(3)]):
    return len(x)


print(y, last)


def outer():
    def inner(x=[(yield)]):
        return x

    return inner


async def awaiting(source):
    def inner(x=[await source]):
        return x

    return inner
