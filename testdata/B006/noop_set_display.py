def allowed(name, names={"x", "y"}):
    return name in names
