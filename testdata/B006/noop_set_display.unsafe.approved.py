def allowed(name, names=None):
    if names is None:
        names = {"x", "y"}
    return name in names
