def f(x):
    try:
        x()  # may fail
    except ValueError:
        pass
    try:
        x()
    except ValueError:
        pass  # ignored on purpose
