def f(
    a=[  # the first ones
        1,
        2,  # two
    ],
):
    return len(a)
