import contextlib


def f(x, items, cm):
    if x: return 1
    elif x is None: return 2
    else: x += 1
    while x: x -= 1
    for i in items: print(i)
    async_ok = True
    try: x = int(x)
    except ValueError: pass
    finally: print("done")
    with cm: pass
    if x: return x  # the comment stays with its statement
    if (x and
            items): return 3
    if x: \
            print(x)
    return x


class C: pass


class D(object): x = 1


class E: ...; y = 2


match [1, 2]:
    case [a, b]: print(a, b)
    case _: pass
