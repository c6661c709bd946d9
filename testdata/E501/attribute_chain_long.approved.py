xxxxxxxxxxxxxxx = (
    aaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbb.ccccccccccccccccccc.dddddddddddddddd.eeeeeeeeeeeeee
)
