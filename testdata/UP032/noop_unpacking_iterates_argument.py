log = []


def gen():
    log.append("ran")
    yield 1


g = gen()
print("{} {}".format(log, [*g]))
g = gen()
print("{} {}".format(log, {*g}))
g = gen()
print("{} {}".format(log, 1 in g))
m = {"a": 1}
print("{} {}".format(log, {**m}))
