# The default runs once, when `def` runs; moved into the body it would print at each call.
def load(x=[print("loading")]):
    return len(x)
