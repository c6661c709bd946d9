def f(x, y):
    try:
        x()
    except ValueError:
        pass
    else:
        y()
    try:
        x()
    except ValueError:
        pass
    finally:
        y()
    try:
        x()
    except ValueError:
        pass
    except OSError:
        pass
    try:
        x()
    except* ValueError:
        pass
