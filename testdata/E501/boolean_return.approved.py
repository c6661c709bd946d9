def f():
    return (
        aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
        and bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
        or cccccccccc
    )
