if aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa(
    bbbbbbbbbbbbbbb
) and not cccccccccccccccccccccccccccccccc(dddddddddddd):
    pass
