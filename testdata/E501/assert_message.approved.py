def f():
    assert (
        xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx == yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy
    ), "message message message message"
