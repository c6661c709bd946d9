import typing as t


def f(a: t.Optional[t.List[int]] = None):
    if a is None:
        a = []
    return len(a)
