from aaaaaaaaaaaaaaaaaaaaaaa import (  # cmt
    bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,
    cccccccccccccccccccc,
)
