def total(*numbers) -> int:
    return sum(numbers)


def typed(*numbers: int) -> int:
    return sum(numbers)


def bare(a: int, *, b: int) -> int:  # a bare * is no parameter
    return a + b


class Handler:
    def __call__(self, * args) -> None:  # the range starts at the star
        pass
