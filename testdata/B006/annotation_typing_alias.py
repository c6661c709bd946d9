import typing as t


def f(a: t.List[int] = []):
    return len(a)
