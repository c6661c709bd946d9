(
    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
    + bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
)
(
    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
    << bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb * ccccccccccc
)
if True:
    (
        aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbb(1)
        ^ cccccccccccccccccccccccccccccccccccccccc[dddddd]
    )
