def greet():
    import os
    "{}".format(1)
    return "hi"
