import datetime


def greet(name: str = None, times: int = None, *, when: datetime.datetime = None):
    return name, times, when


def totals(values: list[int] = None, by: dict = None, /, scale: float = None):
    return values, by, scale
