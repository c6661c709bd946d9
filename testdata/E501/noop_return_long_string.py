def f():
    return "a long string that is returned from the function and pushes past the limit"
