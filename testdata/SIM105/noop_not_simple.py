def f(x, y, items):
    try:
        x()
        y()
    except ValueError:
        pass
    try:
        return x()
    except ValueError:
        pass
    try:
        if y:
            x()
    except ValueError:
        pass
    for item in items:
        try:
            x(item)
        except ValueError:
            continue
    try:
        x()
    except ValueError:
        y()
