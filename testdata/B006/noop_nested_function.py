def outer():
    def inner(a=[]):
        return len(a)

    return inner()
