import functools
from typing import Optional


def route(f):
    return f


@route
def handler(page: int = None):
    return page


@functools.lru_cache
def cached(page: Optional[int] = None):
    return page
