import functools


def route(f):
    return f


@route
def handler(page: int = None):
    return page


@functools.lru_cache
def cached(page: int = None):
    return page
