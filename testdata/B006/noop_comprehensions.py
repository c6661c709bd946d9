def squares(n, cache=[i * i for i in range(10)]):
    return len(cache) > n


def index(n, table={i: str(i) for i in range(3)}):
    return n in table


def evens(n, seen={i for i in range(0, 10, 2)}):
    return n in seen
