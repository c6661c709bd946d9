# pyfix: --unsafe-fixes
import functools

app = object()


@app.get("/items")
def items(tags: list = []):
    return len(tags)


@functools.lru_cache(maxsize=None)
def cached(n, table={}):
    return table.get(n)
