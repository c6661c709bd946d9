def f(x, y, items):
    print(x)
    print(x)
    total = (x + y)
    if (x):
        pass
    found = any(item for item in items)
    text = f"{(x)}"
    print(  # the comment stays
        x)
    print(
            f"{x}"
            f"({x},{y})"
    )
    return (items)[0], total, found, text
