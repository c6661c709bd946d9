# pyfix: --unsafe-fixes
import functools
from typing import Optional

app = object()


@app.get("/items")
def items(tags: Optional[list] = None):
    if tags is None:
        tags = []
    return len(tags)


@functools.lru_cache(maxsize=None)
def cached(n, table=None):
    if table is None:
        table = {}
    return table.get(n)
