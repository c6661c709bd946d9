def f(cache={}):  # noqa: B006
    cache["k"] = 1
