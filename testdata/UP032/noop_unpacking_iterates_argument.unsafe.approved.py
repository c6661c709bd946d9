log = []


def gen():
    log.append("ran")
    yield 1


g = gen()
print(f"{log} {[*g]}")
g = gen()
print(f"{log} { {*g}}")
g = gen()
print(f"{log} {1 in g}")
m = {"a": 1}
print(f"{log} { {**m}}")
