log = []


def gen():
    log.append("ran")
    yield 1


g = gen()
print(f"{log!s} {1 in g!s}")
g = gen()
print(f"{log!s} {(*g,)!s}")
