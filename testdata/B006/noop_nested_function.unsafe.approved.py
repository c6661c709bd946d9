def outer():
    def inner(a=None):
        if a is None:
            a = []
        return len(a)

    return inner()
