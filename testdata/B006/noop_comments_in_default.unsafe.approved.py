def f(
    a=None,
):
    if a is None:
        a = [  # the first ones
            1,
            2,  # two
        ]
    return len(a)
