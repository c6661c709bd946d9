# pyfix: --max-complexity=2
def branches(x):
    if x:
        pass
    elif x:
        pass
    else:
        pass
    for i in x:
        pass
    else:
        pass
    while x:
        pass
    try:
        pass
    except ValueError:
        pass
    except TypeError:
        pass
    else:
        pass
    finally:
        pass
    y = 1 if x else 2
    z = x and y or z
    w = [i for i in x if i]
    with x:
        pass


def cases(x):
    match x:
        case 1:
            pass
        case 2:
            pass
        case _:
            pass


def capture_last(x):
    match x:
        case 1:
            pass
        case y:
            pass


def nested(x):
    def inner():
        if x:
            pass

    class K:
        def m(self):
            if x:
                pass

    return lambda: 1 if x else 2


async def simple(x):
    async for i in x:
        pass
    async with x:
        pass
    try:
        pass
    finally:
        pass


def try_else(x):
    try:
        pass
    except A:
        pass
    else:
        pass
