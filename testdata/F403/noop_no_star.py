def f():
    yield from g(); from m import x
