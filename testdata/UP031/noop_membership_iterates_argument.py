log = []


def gen():
    log.append("ran")
    yield 1


g = gen()
print("%s %s" % (log, 1 in g))
g = gen()
print("%s %s" % (log, (*g,)))
