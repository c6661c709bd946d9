from typing import Optional


def f(items: Optional[list] = None, key=None):
    if items is None:
        items = [1, 2, "three"]
    if not items or len(items) > 3:
        print(f"{items!r}")
    for item in items:
        print(item)
    assert items, "empty"
    total = [i for i in items if i in items]
    first = items[0] if items else None
    return key in items, items == [1], items[1:], sorted(items), first, total
