def greet():
    import os
    f"{1}"
    return "hi"
